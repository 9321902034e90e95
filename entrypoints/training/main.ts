import '../../portal/portal.css';
import { isTrainingCopy, startPortal } from '../../portal/app';

const portal = startPortal(document.getElementById('portal')!);
// The bundled copy is an extension page where content scripts never run: it starts the same agent itself.
if (isTrainingCopy(location.protocol)) void import('../../portal/training-copy').then((m) => m.startTrainingCopy(portal));
