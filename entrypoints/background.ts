import { defineBackground } from 'wxt/utils/define-background';
import { keepBadgeCurrent } from '../src/background/badge';
import { keepPresenterCommands } from '../src/background/commands';
import { keepRegionalScripts } from '../src/background/regional';

export default defineBackground(() => {
  keepBadgeCurrent();
  keepRegionalScripts();
  keepPresenterCommands();
});
