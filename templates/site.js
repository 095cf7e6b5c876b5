// Vuosikello front page: the copy buttons. Each copies its subscription address and
// says so in the page's status region, which screen readers announce. A server without
// a configured address writes relative addresses; the browser knows where it is.
document.addEventListener("DOMContentLoaded", () => {
  const status = document.querySelector(".status");
  for (const input of document.querySelectorAll(".subscribe input")) {
    input.value = new URL(input.value, document.location.href).href;
  }
  for (const button of document.querySelectorAll("button.copy")) {
    button.addEventListener("click", async () => {
      const input = document.getElementById(button.dataset.target);
      try {
        await navigator.clipboard.writeText(input.value);
      } catch {
        input.select();
        document.execCommand("copy");
      }
      status.textContent = status.dataset.copied + ": " + input.value;
      setTimeout(() => { status.textContent = ""; }, 4000);
    });
  }
});
