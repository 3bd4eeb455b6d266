// requestShape: a fetch Request as the `{ method, url, body }` the gates read, through the
// packed package under Node (whose Request is the WHATWG one every fetch runtime has).
import { test } from "node:test";
import assert from "node:assert/strict";
import { Dokploy, Portainer, PortcullisError, requestShape, MAX_BODY_BYTES } from "portcullis";

const json = (body) => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

test("a JSON body is read from a clone: the handler can still read the request", async () => {
  const request = new Request("https://dokploy.example/api/trpc/application.deploy", json({ json: { applicationId: "a1" } }));
  const shape = await requestShape(request);
  assert.deepEqual(shape, { method: "POST", url: "https://dokploy.example/api/trpc/application.deploy", body: '{"json":{"applicationId":"a1"}}' });
  assert.equal(await request.text(), '{"json":{"applicationId":"a1"}}', "the original body is untouched");
  assert.deepEqual(Dokploy.parseRequest(shape), [{ procedure: "application.deploy", input: { applicationId: "a1" } }]);
});

test("a GET carries no body; the URL keeps its query", async () => {
  const shape = await requestShape(new Request("https://p.example/api/endpoints/3/docker/v1.41/containers/json?all=1"));
  assert.deepEqual(shape, { method: "GET", url: "https://p.example/api/endpoints/3/docker/v1.41/containers/json?all=1" });
  assert.deepEqual(Portainer.route(shape), { id: "container.list", target: { environmentId: "3" }, authorization: "DockerContainerList" });
});

test("a body past the bound is refused with limit_exceeded, declared or streamed", async () => {
  const big = { json: { pad: "x".repeat(MAX_BODY_BYTES) } };
  await assert.rejects(requestShape(new Request("https://d.example/api/trpc/a.b", json(big))), (e) => e instanceof PortcullisError && e.code === "limit_exceeded" && e.path === "request.body");
  const stream = new ReadableStream({
    start(controller) {
      for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode("x".repeat(600)));
      controller.close();
    },
  });
  const streamed = new Request("https://d.example/x", { method: "POST", body: stream, duplex: "half", headers: { "content-type": "text/plain" } });
  await assert.rejects(requestShape(streamed, { maxBodyBytes: 1000 }), (e) => e.code === "limit_exceeded");
  const raised = await requestShape(new Request("https://d.example/api/trpc/a.b", json(big)), { maxBodyBytes: 2 * MAX_BODY_BYTES });
  assert.equal(raised.body.length, JSON.stringify(big).length);
});

test("uploads of other types are left unread: no decision reads their bytes", async () => {
  const form = new FormData();
  form.append("file", new Blob(["services:\n  web:\n    privileged: true\n"]), "compose.yml");
  const shape = await requestShape(new Request("https://p.example/api/stacks/create/standalone/file?endpointId=3", { method: "POST", body: form }));
  assert.equal(shape.body, undefined);
  assert.equal(Portainer.route(shape).unread, "the stack file is an upload");
  const tar = await requestShape(new Request("https://p.example/api/endpoints/3/docker/build", { method: "POST", body: new Uint8Array([0, 1, 2]), headers: { "content-type": "application/x-tar" } }));
  assert.equal(tar.body, undefined);
});

test("a text body that is not UTF-8 is refused; bad arguments are refused with their path", async () => {
  const bytes = new Uint8Array([0xff, 0xfe, 0x00]);
  await assert.rejects(requestShape(new Request("https://d.example/x", { method: "POST", body: bytes, headers: { "content-type": "text/plain" } })), (e) => e.code === "invalid_request" && e.path === "request.body");
  await assert.rejects(requestShape({ url: "/x" }), (e) => e.code === "invalid_argument" && e.path === "request");
  await assert.rejects(requestShape(new Request("https://d.example/x"), { maxBodyBytes: -1 }), (e) => e.code === "invalid_argument" && e.path === "options.maxBodyBytes");
});
