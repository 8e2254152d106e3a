// Scroll as a person does to a block the page fades in once it comes into view (see `veiled`
// in perceive.js): each block to a third of the screen, two frames for the page's observers
// to see it, then back to where the shopper was. Never more than a few blocks.
async (ys) => {
  const back = window.scrollY;
  const frames = () => new Promise((done) => {
    requestAnimationFrame(() => requestAnimationFrame(done));
    setTimeout(done, 200);
  });
  for (const y of ys.slice(0, 8)) {
    window.scrollTo(0, Math.max(0, y - window.innerHeight / 3));
    await frames();
  }
  window.scrollTo(0, back);
  await frames();
}
