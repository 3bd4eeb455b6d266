// Must NOT compile: a Portainer operation id passed to the Dokploy entry.
import { Dokploy } from "portcullis/dokploy";

const org = Dokploy.load({ members: [] });
org.can("u1", "container.start");
