import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import fontUrl from '@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf?url';

// The UI font ships with the app (BIZ UDPGothic, universal design), so every
// terminal shows the same readable Japanese whatever fonts the OS has.
const uiFont = new FontFace('BIZ UDPGothic', `url(${fontUrl})`);
document.fonts.add(uiFont);
void uiFont.load().catch(() => undefined);

mount(App, { target: document.getElementById('app') as HTMLElement });
