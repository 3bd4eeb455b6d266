import { Can } from "portcullis/react";

export function Misspelled() {
  return <Can I="deployment.craete"><button>Deploy</button></Can>;
}
