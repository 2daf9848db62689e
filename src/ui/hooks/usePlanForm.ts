import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef } from 'react';
import { useForm, type FieldPath, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { ClusterPlan, Language } from '../../domain/core.ts';
import { useLanguage } from '../text/language.ts';
import { loadEngine } from './engine.ts';

/** The form's resolver: the domain's zod schema, loaded with the engine on first use. */
function planResolver(language: Language): Resolver<ClusterPlan> {
  let resolver: Resolver<ClusterPlan> | undefined;
  return async (values, context, options) => {
    if (!resolver) {
      const engine = await loadEngine();
      resolver = zodResolver(engine.createPlanSchema(language)) as Resolver<ClusterPlan>;
    }
    return resolver(values, context, options);
  };
}

/**
 * One form over the whole plan, checked by the domain's schema in the current language; errors
 * already on screen are checked again when the language changes.
 */
export function usePlanForm(initialPlan: ClusterPlan): UseFormReturn<ClusterPlan> {
  const { language } = useLanguage();
  const schema = useMemo(() => planResolver(language), [language]);
  const form = useForm<ClusterPlan>({
    resolver: schema,
    defaultValues: initialPlan,
    // Errors appear when Next is pressed (not on blur, which would shift the button under the pointer);
    // a field already showing an error re-checks itself as the user types (see useRecheck).
    mode: 'onSubmit',
  });
  // Errors on screen were written in the previous language: check those fields again.
  const shownSchema = useRef(schema);
  useEffect(() => {
    if (shownSchema.current === schema) return;
    shownSchema.current = schema;
    const invalid = errorPaths(form.formState.errors);
    if (invalid.length > 0) void form.trigger(invalid as FieldPath<ClusterPlan>[]);
  }, [schema, form]);
  return form;
}

/** The dot paths of every field error in react-hook-form's nested error object. */
function errorPaths(errors: object, prefix = ''): string[] {
  return Object.entries(errors).flatMap(([key, value]: [string, unknown]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value !== 'object' || value === null) return [];
    return 'message' in value ? [path] : errorPaths(value, path);
  });
}
