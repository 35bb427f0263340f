// The host page listens for the result, as a blog author might, to show a line under the check.
document.addEventListener('phasecheck:result', (event) => {
  const note = document.getElementById('result-note');
  note.textContent = `Ihr Ergebnis: ${event.detail.phase_label} – ${event.detail.title}.`;
  note.hidden = false;
});
