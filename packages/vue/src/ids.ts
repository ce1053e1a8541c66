// The id parameters of the binding (useGranted, ConsentGate's category and service). Plain
// strings until @assent/core's registry (`Register` / `RegisteredId`) is available.
export type ConsentId = string;
