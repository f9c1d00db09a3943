// The import review page: the button says how many actions it will create ("Create 3 actions"),
// kept true as suggestions are ticked or unticked. Without this script the count is the one the
// page was drawn with, and the server creates only the ticked rows whatever the button says.
const button = document.querySelector("[data-create-count]");

if (button) {
  const boxes = Array.from(button.form.querySelectorAll("input[type=checkbox][name$='-include']"));
  const label = () => {
    const count = boxes.filter((box) => box.checked).length;
    button.textContent = `Create ${count} action${count === 1 ? "" : "s"}`;
  };
  boxes.forEach((box) => box.addEventListener("change", label));
  label();
}
