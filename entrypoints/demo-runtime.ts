import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startDemoRuntime } from '../src/demo/runtime';

// Loaded first by every replica page of the demo sandbox (see scripts/demo-package.ts).
export default defineUnlistedScript(() => startDemoRuntime());
