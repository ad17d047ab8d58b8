/** Commands over corpus-level facts: entities, quotes, copies, stories, events, alignment, briefings. */
import type { Command, Option } from 'commander';

export function registerAnalysisCommands(_program: Command, _dataOpt: () => Option): void {
  // Registered as the stages land.
}
