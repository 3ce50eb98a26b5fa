// The demo page's controls. The language buttons set the main assistant's `lang`;
// the date select sets its `today` (the date eligibility is judged on), so a
// visitor can see the free offer as it was while it ran. An integrator's page sets
// neither: the assistant takes the device's date.
const assistant = document.querySelector("#assistant");
const buttons = document.querySelectorAll(".lang-switch button");
for (const button of buttons) {
  button.addEventListener("click", () => {
    assistant.setAttribute("lang", button.dataset.lang);
    for (const b of buttons) b.setAttribute("aria-pressed", String(b === button));
  });
}
document.querySelector("#demo-today").addEventListener("change", (event) => {
  if (event.target.value) assistant.setAttribute("today", event.target.value);
  else assistant.removeAttribute("today");
});
