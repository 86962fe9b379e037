import { participantsComponent } from '../components.js';
import { PETRARCH_GROUPING } from './grouping.js';

/** PETRARCH's participants: phrases bracketed as its parser brackets them, and no countries from context (it writes "---COP"). */
export const petrarchParticipants = participantsComponent({ name: 'petrarch-participants', grouping: PETRARCH_GROUPING, countriesFromContext: false });
