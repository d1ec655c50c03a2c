import { render } from 'preact';
import { Sandbox } from '../../src/demo/Sandbox';
import '../../src/demo/sandbox.css';

render(<Sandbox />, document.getElementById('app')!);
