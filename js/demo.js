// The demo page's language buttons: they set the `lang` attribute of the main
// assistant, which re-renders in that language (an integrator's page would pick
// the language from its own).
const assistant = document.querySelector("#assistant");
const buttons = document.querySelectorAll(".lang-switch button");
for (const button of buttons) {
  button.addEventListener("click", () => {
    assistant.setAttribute("lang", button.dataset.lang);
    for (const b of buttons) b.setAttribute("aria-pressed", String(b === button));
  });
}
