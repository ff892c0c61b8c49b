import { describeAxe } from '../support/axe.ts';

describeAxe('light');
