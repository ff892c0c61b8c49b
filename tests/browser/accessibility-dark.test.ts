import { describeAxe } from '../support/axe.ts';

describeAxe('dark');
