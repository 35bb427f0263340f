// GPU texture figures of a page at this moment, from the GL probe of the browser tests.
import { installGlProbe, readGlProbe } from '../browser/gl-probe.mjs';

export const installGlFigures = installGlProbe;

// → { contexts (WebGL contexts created), liveBytes, peakBytes (texture bytes), uploads (pixel uploads),
//     uploadBytes }
export async function readGlFigures(page) {
  const gl = await readGlProbe(page);
  return {
    contexts: gl.contexts,
    liveBytes: gl.textures.liveBytes,
    peakBytes: gl.textures.peakBytes,
    uploads: gl.uploads.length,
    uploadBytes: gl.uploads.reduce((sum, u) => sum + u.bytes, 0),
  };
}
