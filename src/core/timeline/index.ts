// Dated events on one time axis, one lane per source (issue 6.5).
export { datedMentions, mentionsOutside, type DatedMention, type TextRange } from './dated-mentions';
export { formatInterval } from './format-interval';
export { axisTicks, type AxisTick } from './axis-ticks';
export { focusRange, layoutTimeline, MIN_MARK_WIDTH, type ConflictSpan, type TimelineLane, type TimelineLayout, type TimelineMark, type TimelineSource } from './timeline-layout';
export { axisDays, axisPosition, FIT_WINDOW, MIN_WINDOW_DAYS, onScreen, panWindow, windowDates, ZOOM_STEP, zoomWindow, type TimelineWindow } from './timeline-window';
export { groupLanes, LANES_BEFORE_GROUPING, type GroupMark, type LaneGroup } from './lane-groups';
