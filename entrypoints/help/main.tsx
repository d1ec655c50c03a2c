import { render } from 'preact';
import { Help } from '../../src/ui/help/Help';
import '../../src/ui/page.css';

render(<Help />, document.getElementById('app')!);
