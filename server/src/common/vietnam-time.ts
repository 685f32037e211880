// One clock for the console and the server: the helper lives with the console's sources (so that
// changing it rebuilds the console, see client-build.ts) and the server takes it from here.
export { todayInVietnam, vietnamClock } from '../../../client/src/ui/vietnam-time';
