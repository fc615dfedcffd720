import { showSignedIn, signIn } from "./common.js";

const { token, me } = await signIn("municipality", document.getElementById("signin"));
showSignedIn(document.getElementById("who"), "municipality", me);
const app = document.getElementById("app");
app.hidden = false;
app.textContent = "Deze pagina wordt gebouwd.";
void token;
