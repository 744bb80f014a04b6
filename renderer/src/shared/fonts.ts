// Noto Sans SC (SIL OFL 1.1), bundled: every screen looks the same without fonts installed and
// nothing is fetched from the network. The files are split by unicode-range, so a page loads
// only the pieces its text uses (the clock needs just the small Latin piece of weight 700).
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
