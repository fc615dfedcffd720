import { showSignedIn, signIn } from "./common.js";

const { token, me } = await signIn("coach", document.getElementById("signin"));
showSignedIn(document.getElementById("who"), "coach", me);
const app = document.getElementById("app");
app.hidden = false;
app.textContent = "Deze pagina wordt gebouwd.";
void token;
