import { showSignedIn, signIn } from "./common.js";

const { token, me } = await signIn("provider", document.getElementById("signin"));
showSignedIn(document.getElementById("who"), "provider", me);
const app = document.getElementById("app");
app.hidden = false;
app.textContent = "Deze pagina wordt gebouwd.";
void token;
