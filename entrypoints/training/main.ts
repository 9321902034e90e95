import '../../portal/portal.css';
import { startPortal } from '../../portal/app';

startPortal(document.getElementById('portal')!);
