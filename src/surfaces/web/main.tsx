// Entry point of the web UI: mounts the app.
import { render } from 'preact';
import { App } from './app.js';

render(<App />, document.getElementById('app')!);
