import '../../panel/panel.css';
import '../../panel/kit/kit.css';
import { render } from 'preact';
import { initLanguage, t } from '../../panel/language';
import { PrintPage } from '../../panel/kit/PrintPage';
import { requestPrintJob } from '../../panel/kit/print-job';
import { kitTranslators } from '../../lib/kit/translate';

async function main() {
  await initLanguage();
  document.title = t.value('kit.print.title');
  const id = new URLSearchParams(location.search).get('job') ?? '';
  const [job, translators] = await Promise.all([id ? requestPrintJob(id) : undefined, kitTranslators()]);
  render(<PrintPage job={job} translators={translators} />, document.getElementById('app')!);
  document.body.dataset.ready = 'true';
}

void main();
