// A network as dnntune.yml declares it and the split stage uses it: bandwidths, round-trip time
// and the phone's radio power model. Declared here, in the first stage, so that reading the
// configuration needs nothing from the stages after it.

/** Radio power while transferring: constant (Wi-Fi) or linear in throughput (Huang et al., MobiSys 2012). */
export type RadioPowerModel =
  | { kind: "constant"; upW: number; downW: number }
  | { kind: "linear"; upMwPerMbps: number; upBaseMw: number; downMwPerMbps: number; downBaseMw: number };

export interface Network {
  name: string;
  uplinkMbps: number;
  downlinkMbps: number;
  rttMs: number;
  radio: RadioPowerModel;
}
