import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import regularUrl from '@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf?url';

// The UI font ships with the app (BIZ UDPGothic, universal design), so every
// terminal shows the same readable Japanese whatever fonts the OS has. It is
// loaded by FontFace after the first paint (the text shows in the OS font
// until then), after the first screen is mounted, so its 2 × 4.5 MB never sit
// in the first screen's JavaScript or delay it.
mount(App, { target: document.getElementById('app') as HTMLElement });

// after the first screen is up, so the fonts' 9 MB never delay it
setTimeout(() => {
  for (const [url, weight] of [
    [regularUrl, '400'],
    [boldUrl, '700'],
  ] as const) {
    const face = new FontFace('BIZ UDPGothic', `url(${url})`, { weight, display: 'swap' });
    document.fonts.add(face);
    void face.load().catch(() => undefined);
  }
}, 0);
