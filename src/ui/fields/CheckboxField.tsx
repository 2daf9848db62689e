import { useId } from 'react';
import { useController, useFormContext, type FieldPathByValue } from 'react-hook-form';
import type { ClusterPlan } from '../../domain/index.ts';

export interface CheckboxFieldProps {
  name: FieldPathByValue<ClusterPlan, boolean>;
  label: string;
}

/** A labelled checkbox bound to one boolean plan field. */
export function CheckboxField({ name, label }: CheckboxFieldProps) {
  const id = useId();
  const { control } = useFormContext<ClusterPlan>();
  const {
    field: { name: fieldName, ref, value, onChange, onBlur },
  } = useController({ control, name });
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        type="checkbox"
        name={fieldName}
        ref={ref}
        checked={value === true}
        onChange={(event) => onChange(event.target.checked)}
        onBlur={onBlur}
      />{' '}
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
