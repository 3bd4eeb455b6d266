// What every variant of the measured page shares: three buttons and the moment the first
// decision is on screen (`window.__decided`, read by bench/compare.mjs).
import { useEffect } from "react";

export const SERVICE = { serviceId: "shop-api" };

export function Decided() {
  useEffect(() => {
    window.__decided = performance.now();
  }, []);
  return null;
}
