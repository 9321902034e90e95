/**
 * The portal's form rules as pure functions, for the conversation's in-chat
 * forms, the machines' guards and the portal prefill alike.
 */
export * from './issues';
export * from './labels';
export * from './dates';
export * from './contact-details';
export * from './account';
export * from './add-relation';
export * from './remove-relation';
export * from './modify-contact';
export * from './never';
