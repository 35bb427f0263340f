// The app redraws the canvas only when the picture changes. Each input owes ImGui a few frames (it
// spreads a press and its release over frames), and most of them would repeat the last picture: at
// a phone's pixel ratio each repeat is millions of pixels for the GPU, or for a software rasteriser.
// A frame whose picture is the one on screen runs ImGui but draws nothing; the canvas keeps showing
// its last picture. The GL probe counts the pictures drawn: each begins with one clear of the canvas.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { installGlProbe, readGlProbe } from './gl-probe.mjs';
import { act, centre, frame, serveAndLaunch, settled, widget, waitForAppReady } from './lib.mjs';
import { goldenAnswers, swipe } from './walk.mjs';

const shared = serveAndLaunch();

async function visit(options, query, fn) {
  const context = await shared.browser.newContext(options);
  try {
    await installGlProbe(context);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    await page.goto(shared.server.url + query);
    await waitForAppReady(page);
    await fn(page);
    assert.deepEqual(errors, [], 'console errors');
  } finally {
    await context.close();
  }
}

const pictures = async (page) => (await readGlProbe(page)).clears;

// The screen while the app is idle, as PNG bytes, with its frame number: taken again if a frame came
// in between. Equal bytes, equal pixels.
async function idleShot(page) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const { number } = await settled(page);
    const png = await page.screenshot();
    if ((await frame(page)).number === number) return { number, png };
  }
  throw new Error('the app kept drawing while the screenshot was taken');
}

test('a mouse move that changes nothing draws no picture; a hover that changes one draws it, once per change', async () => {
  await visit({ viewport: { width: 1280, height: 900 } }, '?lang=de', async (page) => {
    const start = await widget(page, 'button:start');
    const before = await idleShot(page);
    const drawnBefore = await pictures(page);

    // The bottom-left corner is page background on the intro: the frames the move owes repeat the picture.
    const quiet = await act(page, () => page.mouse.move(3, 897), 'the frames after a move over the background');
    assert.ok(quiet.number > before.number, `the move was processed: frame ${before.number} → ${quiet.number}`);
    assert.equal(await pictures(page), drawnBefore, 'frames that repeat the picture draw nothing');
    const still = await idleShot(page);
    assert.ok(still.png.equals(before.png), 'the canvas still shows its picture, pixel for pixel');

    // Over "Check starten" the button takes its hover colour: a new picture, drawn once, then repeated frames.
    const hover = await act(page, () => page.mouse.move(centre(start).x, centre(start).y), 'the frames after hovering the start button');
    const drawnOnHover = (await pictures(page)) - drawnBefore;
    assert.ok(drawnOnHover >= 1, 'the hover was drawn');
    assert.ok(drawnOnHover < hover.number - quiet.number, `${drawnOnHover} pictures for ${hover.number - quiet.number} frames`);
    const hovered = await idleShot(page);
    assert.ok(!hovered.png.equals(before.png), 'the hover shows');
  });
});

test('on a phone at pixel ratio 3, a swipe draws at most one picture per touch move', async () => {
  const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
  await visit(phone, '?lang=de', async (page) => {
    await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase2_partly_figures_contradict_de'));
    const restart = await widget(page, 'button:restart');
    const { number } = await settled(page);
    const drawnBefore = await pictures(page);
    const moves = 6;
    const after = await swipe(page, { x: 195, y: 600 }, { x: 195, y: 300 }, moves);
    const moved = after.widgets.find((w) => w.id === 'button:restart');
    assert.ok(moved.y < restart.y - 200, `the page followed the finger: ${restart.y} → ${moved.y}`);
    const drawn = (await pictures(page)) - drawnBefore;
    assert.ok(drawn >= 1 && drawn <= moves + 1, `${drawn} pictures for a swipe of ${moves} moves over ${after.number - number} frames`);
  });
});
