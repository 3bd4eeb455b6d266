// The error every portcullis call throws: a real Error subclass that keeps the machine-readable
// `code` and the JSON `path` of the offending value, so callers never parse messages.
export class PortcullisError extends Error {
  constructor(code, message, path) {
    super(message);
    this.name = "PortcullisError";
    this.code = code;
    this.path = path;
  }
}
