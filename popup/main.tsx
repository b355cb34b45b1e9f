import { render } from 'preact';
import { App } from './App';
import './popup.css';

/** The toolbar popup (also opened as a tab with `?tab=ID` by tests and `npm start`). */
render(<App />, document.getElementById('app')!);
