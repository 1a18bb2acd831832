// Simulates a browser without WebAssembly (or with it disabled by policy).
delete window.WebAssembly;
