// Must NOT compile: the operation id is misspelled.
import { Portainer } from "portcullis";

const docker = Portainer.load({});
docker.can("2", "contaner.start", { environmentId: "e1" });
