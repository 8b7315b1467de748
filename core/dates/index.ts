export * from './civil-date';
export * from './holidays';
export * from './wareki';
export * from './age';
export * from './offsets';
