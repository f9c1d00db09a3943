// The import page: pasting from Word or a web page keeps its lists and tables. The clipboard's HTML
// is sent to the server, which lays it out as the importer reads it (one home for that rule:
// tracker/importer/documents.py), and the box shows that text to check and edit. Without this
// script, or if the server cannot be reached, the browser's own plain text is pasted.
const box = document.querySelector("textarea[data-rich-paste]");

if (box) {
  box.addEventListener("paste", async (event) => {
    const html = event.clipboardData && event.clipboardData.getData("text/html");
    if (!html) {
      return; // plain text: the browser pastes it as it is
    }
    event.preventDefault();
    const plain = event.clipboardData.getData("text/plain");
    const start = box.selectionStart;
    const end = box.selectionEnd;
    let text = plain;
    try {
      const response = await fetch(box.dataset.richPaste, {
        method: "POST",
        credentials: "same-origin",
        headers: {
          "Content-Type": "application/json",
          "X-CSRFToken": box.form.querySelector("[name=csrf_token]").value,
        },
        body: JSON.stringify({ html }),
      });
      if (response.ok) {
        text = (await response.json()).text || plain;
      }
    } catch {
      // keep the plain text
    }
    box.setRangeText(text, start, end, "end");
    box.dispatchEvent(new Event("input", { bubbles: true }));
  });
}
