import { render } from 'preact';
import { Options } from './Options';
import './options.css';

/** The options page (chrome://extensions → Backstory → Extension options). */
render(<Options />, document.getElementById('app')!);
