// The app's WebGL 2 renderer. Where the browser allows it, it runs in a worker that owns the canvas
// (transferControlToOffscreen): every wait for the GPU process (making the context, linking the
// program, uploads, draws) happens there, never on the page's main thread, where each one blocks
// input and counts as a long task. Elsewhere boot.js runs it on the page (window.phasecheckRenderer).
// The app (src/platform/web/canvas_renderer.cpp) sends textures and frames: ImGui's draw lists,
// packed into one buffer (layout at draw()), each message stamped with the context's generation the
// app knows of (boot.js). Replies: {type: 'drawn', frame} once a frame is drawn, {type: 'failed',
// what} when WebGL 2 or the program is unavailable, {type: 'lost', generation} and {type:
// 'restored'} for a lost context (the app then sends its textures again).
(function () {
'use strict';

const VERTEX_SHADER = `#version 300 es
uniform mat4 projection;
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 colour;
out vec2 frag_uv;
out vec4 frag_colour;
void main() {
  frag_uv = uv;
  frag_colour = colour;
  gl_Position = projection * vec4(position, 0.0, 1.0);
}`;
// The font atlas is alpha only (one channel, read as white); text images are RGBA.
const FRAGMENT_SHADER = `#version 300 es
precision mediump float;
uniform sampler2D tex;
uniform bool alpha_only;
in vec2 frag_uv;
in vec4 frag_colour;
layout(location = 0) out vec4 out_colour;
void main() {
  vec4 texel = texture(tex, frag_uv);
  out_colour = frag_colour * (alpha_only ? vec4(1.0, 1.0, 1.0, texel.r) : texel);
}`;

const VERTEX_BYTES = 20;  // ImDrawVert: pos (2 floats), uv (2 floats), col (4 bytes)

function createRenderer(canvas, reply) {
  let gl = null;
  let program = null;           // linked and checked at the first draw
  let shaders = [];             // the program's, until its link is checked
  let linkChecked = false;
  let projection = null, alphaOnly = null;
  const textures = new Map();   // the app's id → { texture, alphaOnly }

  function makeContext() {
    try {
      gl = canvas.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false, powerPreference: 'low-power' });
    } catch (e) {
      gl = null;  // a browser that throws rather than answer null
    }
    if (!gl) return false;
    const compile = (kind, source) => {
      const shader = gl.createShader(kind);
      gl.shaderSource(shader, source);
      gl.compileShader(shader);
      return shader;
    };
    shaders = [compile(gl.VERTEX_SHADER, VERTEX_SHADER), compile(gl.FRAGMENT_SHADER, FRAGMENT_SHADER)];
    program = gl.createProgram();
    for (const shader of shaders) gl.attachShader(program, shader);
    gl.linkProgram(program);
    linkChecked = false;

    const vertexArray = gl.createVertexArray();
    gl.bindVertexArray(vertexArray);
    // One vertex and one index buffer, refilled for each draw list; bound for good (the index
    // buffer as part of the vertex array's state).
    gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, gl.createBuffer());
    gl.enableVertexAttribArray(0);
    gl.enableVertexAttribArray(1);
    gl.enableVertexAttribArray(2);
    gl.vertexAttribPointer(0, 2, gl.FLOAT, false, VERTEX_BYTES, 0);
    gl.vertexAttribPointer(1, 2, gl.FLOAT, false, VERTEX_BYTES, 8);
    gl.vertexAttribPointer(2, 4, gl.UNSIGNED_BYTE, true, VERTEX_BYTES, 16);
    // Nothing else draws into this context: the state ImGui needs is set once.
    gl.activeTexture(gl.TEXTURE0);
    gl.enable(gl.BLEND);
    gl.blendEquation(gl.FUNC_ADD);
    gl.blendFuncSeparate(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA, gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.disable(gl.CULL_FACE);
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.STENCIL_TEST);
    gl.enable(gl.SCISSOR_TEST);
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
    gl.flush();  // the GPU process compiles while the app builds its atlas
    return true;
  }

  // The one answer the renderer waits for, at the first draw: false when the program did not link.
  function checkLink() {
    if (linkChecked) return !!program;
    if (gl.isContextLost()) return false;  // a lost context answers nothing: asked again after the restore
    linkChecked = true;
    // One status query, the link's, which also fails when a shader did not compile: the shaders'
    // own logs are read only to explain a failure.
    const linked = gl.getProgramParameter(program, gl.LINK_STATUS);
    if (!linked) {
      console.warn('Phasencheck: WebGL: ' + [...shaders.map((s) => gl.getShaderInfoLog(s)), gl.getProgramInfoLog(program)].join(' / '));
    }
    for (const shader of shaders) gl.deleteShader(shader);
    shaders = [];
    if (!linked) {
      gl.deleteProgram(program);
      program = null;
      reply({ type: 'failed', what: 'webgl2: the shaders did not link' });
      return false;
    }
    gl.useProgram(program);
    projection = gl.getUniformLocation(program, 'projection');
    alphaOnly = gl.getUniformLocation(program, 'alpha_only');
    return true;
  }

  function upload(entry, width, height, pixels) {
    const texture = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, texture);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    if (entry.alphaOnly) gl.texImage2D(gl.TEXTURE_2D, 0, gl.R8, width, height, 0, gl.RED, gl.UNSIGNED_BYTE, pixels);
    else gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
    entry.texture = texture;
  }

  // A frame, as src/platform/web/canvas_renderer.cpp packs it (little-endian, 4-byte aligned):
  //   header: u32 frame, u32 lists, i32 width, i32 height, f32 background r g b, f32 display x y w h
  //   per list: u32 vertex bytes, u32 indices, u32 commands; the vertices; the indices (u16, padded
  //   to 4 bytes); per command f32 clip x0 y0 x1 y1 (framebuffer pixels), u32 texture, u32 first
  //   index, u32 indices. (tests/bench/floor/floor.js packs a frame of no lists: make bench's canvas floor.)
  function draw(bytes) {
    const words = new Uint32Array(bytes);
    const floats = new Float32Array(bytes);
    const [frame, lists, width, height] = words;
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    gl.viewport(0, 0, width, height);
    gl.scissor(0, 0, width, height);
    gl.clearColor(floats[4], floats[5], floats[6], 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    if (!checkLink()) return null;  // nothing is drawn: the page shows why (the 'failed' reply)
    const [left, top, displayWidth, displayHeight] = floats.subarray(7, 11);
    const right = left + displayWidth, bottom = top + displayHeight;
    gl.uniformMatrix4fv(projection, false, [
      2 / (right - left), 0, 0, 0,
      0, 2 / (top - bottom), 0, 0,
      0, 0, -1, 0,
      (right + left) / (left - right), (top + bottom) / (bottom - top), 0, 1]);
    let at = 11 * 4;
    let bound = null, alpha = -1;
    for (let list = 0; list < lists; list++) {
      const [vertexBytes, indices, commands] = words.subarray(at / 4, at / 4 + 3);
      at += 12;
      gl.bufferData(gl.ARRAY_BUFFER, new Uint8Array(bytes, at, vertexBytes), gl.STREAM_DRAW);
      at += vertexBytes;
      gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, new Uint16Array(bytes, at, indices), gl.STREAM_DRAW);
      at += (indices * 2 + 3) & ~3;
      for (let command = 0; command < commands; command++, at += 28) {
        const [x0, y0, x1, y1] = floats.subarray(at / 4, at / 4 + 4);
        const [id, first, count] = words.subarray(at / 4 + 4, at / 4 + 7);
        if (x1 <= x0 || y1 <= y0) continue;
        const entry = textures.get(id);
        if (!entry) continue;
        gl.scissor(x0, height - y1, x1 - x0, y1 - y0);
        if (entry.texture !== bound) {
          gl.bindTexture(gl.TEXTURE_2D, entry.texture);
          bound = entry.texture;
        }
        if (+entry.alphaOnly !== alpha) {
          alpha = +entry.alphaOnly;
          gl.uniform1i(alphaOnly, alpha);
        }
        gl.drawElements(gl.TRIANGLES, count, gl.UNSIGNED_SHORT, first * 2);
      }
    }
    return frame;
  }

  // Each loss starts a generation. What the app sent before it heard of the loss belongs to the old
  // one and is dropped: a texture uploaded into the new context then would never be deleted (the app
  // forgets its old textures when it hears of the loss, and sends them again after the restore).
  let lost = false;
  let generation = 0;
  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();  // we want it back
    lost = true;
    generation++;
    textures.clear();  // gone with the context
    reply({ type: 'lost', generation });
  });
  canvas.addEventListener('webglcontextrestored', () => {
    lost = false;
    makeContext();
    reply({ type: 'restored' });
  });
  if (!makeContext()) reply({ type: 'failed', what: 'webgl2' });

  return function handle(message) {
    // Lost already, before the event says so (the event comes in a later task): dropped like the rest.
    if (!gl || message.generation !== generation || lost || gl.isContextLost()) return;
    switch (message.type) {
      case 'texture': {
        const old = textures.get(message.id);
        if (old) gl.deleteTexture(old.texture);
        const entry = { alphaOnly: message.alphaOnly };
        upload(entry, message.width, message.height, new Uint8Array(message.pixels));
        textures.set(message.id, entry);
        break;
      }
      case 'delete': {
        const entry = textures.get(message.id);
        if (entry) gl.deleteTexture(entry.texture);
        textures.delete(message.id);
        break;
      }
      case 'frame': {
        const frame = draw(message.bytes);
        if (frame !== null) reply({ type: 'drawn', frame });
        break;
      }
    }
  };
}

if (typeof document === 'undefined') {
  // The worker: the first message brings the canvas and its size.
  let handle = null;
  onmessage = ({ data }) => {
    if (handle) handle(data);
    else if (data.type === 'canvas') {
      data.canvas.width = data.width;
      data.canvas.height = data.height;
      handle = createRenderer(data.canvas, (message) => postMessage(message));
    }
  };
} else {
  window.phasecheckRenderer = createRenderer;
}
})();
