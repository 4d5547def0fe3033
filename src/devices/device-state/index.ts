// A device's fingerprint and noise control, read through any Transport: what it is (model, SoC,
// OS, CPUs, governor, big cores), how warm it is and how charged, and the means to cool it, pin
// runs to its fast cores and fix its governor.
export { readDeviceState, parseDeviceState, deviceStateScript, type DeviceKind, type DeviceState, type ReadStateOptions } from "./read-device-state.js";
export { parseGetprop, androidIdentity, type AndroidIdentity } from "./getprop.js";
export { parseDumpsysBattery, powerSupplyBattery, type BatteryState, type ChargeStatus, type PowerSource, type PowerSupply } from "./battery.js";
export { cpuName } from "./cpuinfo.js";
export { bigCoreMask, cpuClusters, cpuMask, fastestCoresMask, governorSummary, type CpuState } from "./cpu-mask.js";
export { hottestZone, thermalDelta, thermalTempC, throttleWarnings, type ThermalChange, type ThermalZone, type ThrottleLimits, type ThrottleSnapshot, type ThrottleWarning } from "./thermal.js";
export { coolDown, readThermalZones, setGovernor, tasksetPrefix, type CoolDownOptions, type CoolDownResult, type GovernorHold } from "./noise-control.js";
export { cappedCpuWarnings, COOL_DOWN_DEFAULTS, coolDownOutcome, coolDownSettings, modelConditions, noiseSession, noiseWarnings, type CoolDownSettings, type NoiseMark, type NoiseReport, type NoiseSession, type NoiseSnapshot } from "./noise-session.js";
