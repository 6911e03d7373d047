/** The pseudo-locale: the English catalog accented and lengthened (see ../pseudo.ts). */
import messages from 'virtual:catalog/en';
import { pseudoMessages } from '../pseudo';

export default pseudoMessages(messages);
