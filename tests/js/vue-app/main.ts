// The browser side: the user's state (a slice or a whole one) comes with the page; the user
// is a ref the test switches.
import { createApp, ref } from "vue";
import { Dokploy } from "portcullis/dokploy";
import { createPortcullis } from "portcullis/vue";
import App from "./App.vue";

const { state, user: firstUser } = JSON.parse(document.getElementById("state")!.textContent!);
const authorizer = Dokploy.load(state);
const user = ref<string>(firstUser);
(window as any).__app = { authorizer, user };
createApp(App).use(createPortcullis({ authorizer, user })).mount("#root");
document.body.dataset.ready = "true";
