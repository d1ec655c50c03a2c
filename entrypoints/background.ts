import { defineBackground } from 'wxt/utils/define-background';
import { keepBadgeCurrent } from '../src/background/badge';

export default defineBackground(() => {
  keepBadgeCurrent();
});
