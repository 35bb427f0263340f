// The two screens every figure of `make bench` is measured on.
export const PROFILES = [
  {
    name: 'DPR 1',
    description: 'desktop 1280×900, device pixel ratio 1',
    options: { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
  },
  {
    name: 'DPR 3',
    description: 'phone 390×844, device pixel ratio 3, touch',
    options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  },
];
