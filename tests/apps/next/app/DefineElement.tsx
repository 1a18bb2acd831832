"use client"; // the element's module runs in the browser; on the server it defines nothing
import "bouton-3018/element/react";

/** Defines <bouton-3018> once this client component is in the page; renders nothing itself. */
export function DefineElement() {
  return null;
}
