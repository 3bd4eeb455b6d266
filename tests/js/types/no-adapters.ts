// Must NOT compile: the product entries hold no adapter (fromRows is in the full entry).
import { Dokploy } from "portcullis/dokploy";

Dokploy.fromRows({ members: [] });
