/*
 * Angular for test/angular/: served bundled at /__bundle/test/hosts/angular/angular.ts (Angular ships
 * many deep ESM imports). `@angular/compiler` comes first: the test's component is compiled just in time
 * in the browser, as no Angular CLI build runs here (a CLI host compiles templates ahead of time). Only
 * Angular is in the bundle: the tests import clientela's modules through the dev server (one lit).
 */
import '@angular/compiler';

export { ApplicationRef, Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal, VERSION } from '@angular/core';
export { bootstrapApplication } from '@angular/platform-browser';
