import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderErrorCodesMarkdown } from './error-codes-doc';

const target = join(__dirname, '..', '..', 'docs', 'error-codes.md');
writeFileSync(target, renderErrorCodesMarkdown());
console.log('wrote docs/error-codes.md');
